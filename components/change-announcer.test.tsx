import { describe, expect, it } from 'vitest';
import { ChangeAnnouncer } from './change-announcer';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ChangeAnnouncer', () => {
  it('announces once writes pause, then once more for everything written while it was in flight', async () => {
    const sent: (string[] | null)[] = [];
    const resolvers: (() => void)[] = [];
    const a = new ChangeAnnouncer((keys) => {
      sent.push(keys);
      return new Promise<void>((r) => resolvers.push(r));
    }, 10);
    a.changed(['p1']);
    await wait(2);
    a.changed(['p1']);
    expect(sent).toEqual([]);
    await wait(30);
    expect(sent).toEqual([['p1']]);
    a.changed(['p2']);
    a.changed(['p3']);
    await wait(30);
    expect(sent).toEqual([['p1']]); // the first is still in flight
    resolvers.shift()!();
    await wait(0);
    expect(sent).toEqual([['p1'], ['p2', 'p3']]);
    resolvers.shift()!();
    await a.idle();
    expect(sent).toHaveLength(2);
  });

  it('a change of everything announces everything', async () => {
    const sent: (string[] | null)[] = [];
    const a = new ChangeAnnouncer(async (keys) => void sent.push(keys), 5);
    a.changed(['p1']);
    a.changed(null);
    a.changed(['p2']);
    await a.idle();
    expect(sent).toEqual([null]);
    a.changed(['p3']);
    await a.idle();
    expect(sent).toEqual([null, ['p3']]);
  });

  it('flush sends what is waiting at once', async () => {
    const sent: (string[] | null)[] = [];
    const a = new ChangeAnnouncer(async (keys) => void sent.push(keys), 1000);
    a.changed(['p1']);
    a.flush();
    expect(sent).toEqual([['p1']]);
    a.flush();
    expect(sent).toHaveLength(1);
    await a.idle();
  });
});
