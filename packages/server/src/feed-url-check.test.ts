import { describe, expect, it } from 'vitest';
import { feedUrlRefusal } from './feed-url-check.js';

describe('feedUrlRefusal', () => {
  it('accepts public http and https URLs', () => {
    expect(feedUrlRefusal('https://www.reuters.com/rss', false)).toBeUndefined();
    expect(feedUrlRefusal('http://93.184.216.34/feed', false)).toBeUndefined();
  });

  it('refuses other schemes whatever the setting', () => {
    for (const url of ['file:///etc/passwd', 'data:text/xml,<rss/>', 'javascript:alert(1)', 'gopher://x/'])
      expect(feedUrlRefusal(url, true)?.code, url).toBe('bad_request');
    expect(feedUrlRefusal('no url', true)?.code).toBe('bad_request');
    expect(feedUrlRefusal('https://user:secret@example.com/feed', true)?.code).toBe('bad_request');
  });

  it('refuses local and private addresses unless allowed', () => {
    for (const url of [
      'http://127.0.0.1/',
      'http://127.1/',
      'http://0.0.0.0/',
      'http://localhost:8080/',
      'http://app.localhost/',
      'http://[::1]/',
      'http://[fe80::1]/',
      'http://[fd00::1]/',
      'http://192.168.1.1/',
      'http://172.16.0.1/',
      'http://100.64.0.1/',
      'http://[::ffff:10.0.0.1]/',
      'http://2130706433/',
    ]) {
      expect(feedUrlRefusal(url, false)?.code, url).toBe('forbidden_address');
      expect(feedUrlRefusal(url, true), url).toBeUndefined();
    }
  });
});
