import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlive } from '../lib/process-alive';
import { Claims } from './claims';

const folder = () => join(mkdtempSync(join(tmpdir(), 'claims-')), 'prerender');

describe('Claims', () => {
  it('gives a name to the first process that takes it, and to no other while it lives', () => {
    const dir = folder();
    const living = new Set([101, 102]);
    const a = new Claims(dir, Infinity, 101, (pid) => living.has(pid));
    const b = new Claims(dir, Infinity, 102, (pid) => living.has(pid));
    expect(a.take('pass-1')).toBe(true);
    expect(b.take('pass-1')).toBe(false);
    expect(a.take('pass-1')).toBe(false);
    expect(b.take('pass-2')).toBe(true);
    expect(readFileSync(join(dir, 'pass-1'), 'utf8')).toBe('101');
  });

  it('lets a process take over the claim of one that died (a worker replaced half-way)', () => {
    const dir = folder();
    const living = new Set([101, 103]);
    expect(new Claims(dir, Infinity, 101, (pid) => living.has(pid)).take('pass')).toBe(true);
    living.delete(101);
    const successor = new Claims(dir, Infinity, 103, (pid) => living.has(pid));
    expect(successor.take('pass')).toBe(true);
    expect(readFileSync(join(dir, 'pass'), 'utf8')).toBe('103');
  });

  it('refuses names past its bound, and names that are not file names', () => {
    const dir = folder();
    const c = new Claims(dir, 2);
    expect(c.take('a')).toBe(true);
    expect(c.take('b')).toBe(true);
    expect(c.take('c')).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['a', 'b']);
    expect(() => c.take('../escape')).toThrow(/a claim's name is a file name/);
  });

  it('knows this process lives and a finished one does not', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(2 ** 22 + 12345)).toBe(false);
  });
});
