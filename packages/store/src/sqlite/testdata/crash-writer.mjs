// Child process for the crash-safety test: writes batches of articles into the store at argv[3]
// (data folder) with the store module at argv[2]. Each batch is one transaction of two
// putArticles halves; between them it tells the parent { inside: batch } and, after the second
// half, waits before committing, so a SIGKILL sent on that message lands mid-transaction. A small
// page cache makes the uncommitted pages spill into the WAL file first. After each commit it
// reports { committed: keys }.
const [, , storeModule, dataDir, batchSizeText] = process.argv;
const { SqliteStore } = await import(storeModule);
const batchSize = Number(batchSizeText);
const store = new SqliteStore({ dataDir });
store.db.pragma('cache_size = 16');
const paragraph = (key, i) => `Paragraph ${i} of article ${key}: ${'words of news text '.repeat(20)}`;
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
for (let batch = 0; ; batch++) {
  const inputs = [];
  for (let i = 0; i < batchSize; i++) {
    const key = `b${batch}-a${i}`;
    inputs.push({ key, guid: key, title: `Article ${key}`, body: Array.from({ length: 8 }, (_, p) => paragraph(key, p)) });
  }
  await store.transaction(async (tx) => {
    await tx.putArticles(inputs.slice(0, batchSize / 2));
    process.send({ inside: batch });
    await tx.putArticles(inputs.slice(batchSize / 2));
    await delay(batch >= 3 ? 500 : 0);
  });
  process.send({ committed: inputs.map((input) => input.key) });
}
