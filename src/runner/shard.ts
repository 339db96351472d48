/**
 * --shard i/n: a deterministic share of the articles, by a hash of each path
 * relative to the working folder, so every machine of a CI matrix agrees on
 * who checks what, and the shards together are exactly the whole.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/** `3/4` → { index: 3, count: 4 }, or a reason it is not a shard. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return `\`${text}\` is not a shard: expected INDEX/COUNT, such as 1/4`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) return `\`${text}\`: the shard count must be at least 1`;
  if (index < 1 || index > count) return `\`${text}\`: the shard index must be from 1 to ${count}`;
  return { index, count };
}

export function selectShard(files: readonly string[], shard: Shard, cwd: string): string[] {
  return files.filter((file) => shardOf(path.relative(cwd, file).split(path.sep).join('/'), shard.count) === shard.index);
}

function shardOf(relativePath: string, count: number): number {
  return (createHash('sha256').update(relativePath).digest().readUInt32BE(0) % count) + 1;
}
