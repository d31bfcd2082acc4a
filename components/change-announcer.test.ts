import { describe, expect, it } from 'vitest';
import { ChangeAnnouncer } from './change-announcer';

describe('ChangeAnnouncer', () => {
  it('announces at once, then once more for everything written while it was in flight', async () => {
    const sent: (string[] | null)[] = [];
    const resolvers: (() => void)[] = [];
    const a = new ChangeAnnouncer((keys) => {
      sent.push(keys);
      return new Promise<void>((r) => resolvers.push(r));
    });
    a.changed(['p1']);
    a.changed(['p1']);
    a.changed(['p2']);
    a.changed(['p1']);
    expect(sent).toEqual([['p1']]);
    resolvers.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([['p1'], ['p1', 'p2']]);
    resolvers.shift()!();
    await a.idle();
    expect(sent).toHaveLength(2);
  });

  it('a change of everything announces everything', async () => {
    const sent: (string[] | null)[] = [];
    const a = new ChangeAnnouncer(async (keys) => void sent.push(keys));
    a.changed(['p1']);
    a.changed(null);
    a.changed(['p2']);
    await a.idle();
    expect(sent).toEqual([['p1'], null]);
    a.changed(['p3']);
    await a.idle();
    expect(sent).toEqual([['p1'], null, ['p3']]);
  });
});
