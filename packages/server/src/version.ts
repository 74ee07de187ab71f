/** The version /api/status reports (the workspace's version). */
export const SERVER_VERSION = '0.1.0';
