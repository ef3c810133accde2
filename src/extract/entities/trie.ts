/**
 * A character trie over squashed keys (no whitespace), walked over the text with whitespace
 * skipped, so `한빛미래재단`, `리눅스재단` and `리눅스\t재단` all match the key `리눅스재단`.
 *
 * A walk from one start position costs at most the length of the longest key, so scanning a text
 * from every word start costs O(text length × longest key), independent of the number of keys.
 */

import { squash } from './lexicon';

interface Node<V> {
  /**
   * The first child and its UTF-16 code unit (most nodes below the first characters have one
   * child: compared directly, without a map); -1 when the node has no child.
   */
  c1: number;
  n1: Node<V> | undefined;
  /** A few more children: their code units and nodes, searched in order. */
  ks: number[] | null;
  ns: Array<Node<V>> | null;
  /** Many more children by code unit (numbers: no one-character strings are made while walking). */
  next: Map<number, Node<V>> | null;
  values: V[] | null;
}

/** How many children beyond the first a node keeps in its small arrays before it uses a map. */
const SMALL = 8;

function newNode<V>(): Node<V> {
  return { c1: -1, n1: undefined, ks: null, ns: null, next: null, values: null };
}

/** The child of `node` for code unit `ch`, or undefined. */
function child<V>(node: Node<V>, ch: number): Node<V> | undefined {
  if (node.c1 === ch) return node.n1;
  const ks = node.ks;
  if (ks !== null) {
    for (let i = 0; i < ks.length; i++) if (ks[i] === ch) return (node.ns as Array<Node<V>>)[i];
    return undefined;
  }
  return node.next === null ? undefined : node.next.get(ch);
}

/** Add child `n` under code unit `ch` (not present yet). */
function addChild<V>(node: Node<V>, ch: number, n: Node<V>): void {
  if (node.c1 < 0) {
    node.c1 = ch;
    node.n1 = n;
  } else if (node.next !== null) node.next.set(ch, n);
  else if (node.ks === null) {
    node.ks = [ch];
    node.ns = [n];
  } else if (node.ks.length < SMALL) {
    node.ks.push(ch);
    (node.ns as Array<Node<V>>).push(n);
  } else {
    node.next = new Map(node.ks.map((k, i) => [k, (node.ns as Array<Node<V>>)[i] as Node<V>]));
    node.next.set(ch, n);
    node.ks = null;
    node.ns = null;
  }
}

/** The root's children by code unit, in an array over the Basic Multilingual Plane (the first step of every walk). */
function rootChild<V>(table: ReadonlyArray<Node<V> | undefined>, ch: number): Node<V> | undefined {
  return table[ch];
}

/** One key found in the text. */
export interface TrieHit<V> {
  /** Start of the first matched character. */
  start: number;
  /** End (exclusive) of the last matched character. */
  end: number;
  values: readonly V[];
}

export class Trie<V> {
  private readonly root: Node<V> = newNode();
  /** The root's children again, indexed by code unit (filled as keys are added). */
  private readonly table: Array<Node<V> | undefined> = new Array<Node<V> | undefined>(0x10000).fill(undefined);
  private longest = 0;

  /** Add `value` under `key` (whitespace in `key` is ignored). */
  add(key: string, value: V): void {
    const k = squash(key);
    if (k.length === 0) return;
    let node = this.root;
    for (let j = 0; j < k.length; j++) {
      const ch = k.charCodeAt(j);
      let n = child(node, ch);
      if (!n) {
        n = newNode<V>();
        addChild(node, ch, n);
        if (node === this.root) this.table[ch] = n;
      }
      node = n;
    }
    (node.values ??= []).push(value);
    this.longest = Math.max(this.longest, k.length);
  }

  /** The longest key that can be matched. */
  get maxKeyLength(): number {
    return this.longest;
  }

  /**
   * Every key that starts at `start` of `text`, shortest first. Whitespace inside the text is
   * skipped except a line break, which no key crosses; `limit` bounds the walk.
   */
  matchesAt(text: string, start: number, limit: number = text.length): TrieHit<V>[] {
    const out: TrieHit<V>[] = [];
    this.walk(text, start, limit, (end, values) => {
      out.push({ start, end, values });
    });
    return out;
  }

  /**
   * Call `visit(end, values)` for every key that starts at `start` of `text`, shortest first, as
   * `matchesAt` finds them but without building a list.
   */
  walk(text: string, start: number, limit: number, visit: (end: number, values: readonly V[]) => void): void {
    let node: Node<V> | undefined = this.root;
    let i = start;
    const stop = Math.min(limit, start + this.longest * 2);
    while (i < stop && node) {
      const ch = text.charCodeAt(i);
      if (ch === 10) break;
      if (ch === 32 || ch === 9 || ch === 0xa0) {
        if (i === start) break;
        i++;
        continue;
      }
      node = node === this.root ? rootChild(this.table, ch) : child(node, ch);
      i++;
      if (node?.values) visit(i, node.values);
    }
  }

  /** The end of the longest key that starts at `start` and satisfies `ok(end)`, with its values; null if none. */
  longestAt(text: string, start: number, limit: number, ok: (end: number, values: readonly V[]) => boolean): { end: number; values: readonly V[] } | null {
    // the walk of `walk`, inlined: no closure and one result object at most
    let node: Node<V> | undefined = this.root;
    let i = start;
    const stop = Math.min(limit, start + this.longest * 2);
    let bestEnd = -1;
    let bestValues: readonly V[] | null = null;
    while (i < stop && node) {
      const ch = text.charCodeAt(i);
      if (ch === 10) break;
      if (ch === 32 || ch === 9 || ch === 0xa0) {
        if (i === start) break;
        i++;
        continue;
      }
      node = node === this.root ? rootChild(this.table, ch) : child(node, ch);
      i++;
      if (node?.values && ok(i, node.values)) {
        bestEnd = i;
        bestValues = node.values;
      }
    }
    return bestValues ? { end: bestEnd, values: bestValues } : null;
  }

  /** The values stored under exactly `key` (already squashed), or null. */
  get(key: string): readonly V[] | null {
    let node: Node<V> | undefined = this.root;
    for (let j = 0; j < key.length && node; j++) node = child(node, key.charCodeAt(j));
    return node?.values ?? null;
  }
}

/**
 * A handful of keys (an article's own names) matched like `Trie` keys, without building trie nodes:
 * the keys are grouped by their first character and compared directly.
 */
export class SmallIndex<V> {
  private readonly byFirst = new Map<number, Array<{ key: string; value: V }>>();

  /** Add `value` under `key` (whitespace in `key` is ignored). */
  add(key: string, value: V): void {
    const k = squash(key);
    if (k.length === 0) return;
    const c = k.charCodeAt(0);
    const list = this.byFirst.get(c);
    if (list) list.push({ key: k, value });
    else this.byFirst.set(c, [{ key: k, value }]);
  }

  /**
   * The longest key that starts at `start` of `text` (whitespace inside the text skipped, no line
   * break crossed) and satisfies `ok(end)`; null if none. Equal keys keep the first value added.
   */
  longestAt(text: string, start: number, ok: (end: number) => boolean): { end: number; values: readonly V[] } | null {
    const list = this.byFirst.get(text.charCodeAt(start));
    if (!list) return null;
    let best: { end: number; values: readonly V[] } | null = null;
    for (const { key, value } of list) {
      const end = matchEnd(text, start, key);
      if (end < 0 || (best && end <= best.end) || !ok(end)) continue;
      best = { end, values: [value] };
    }
    return best;
  }
}

/** Where `key` ends when it is written at `start` of `text` (spaces and tabs skipped, not at the start); -1 if it is not. */
function matchEnd(text: string, start: number, key: string): number {
  let i = start;
  for (let j = 0; j < key.length; j++) {
    let ch = text.charCodeAt(i);
    while (j > 0 && (ch === 32 || ch === 9 || ch === 0xa0)) ch = text.charCodeAt(++i);
    if (ch !== key.charCodeAt(j)) return -1;
    i++;
  }
  return i;
}
