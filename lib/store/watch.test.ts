import { createAnnotation, listAnnotationsByPage, watch } from './index';
import { useFreshDb } from './test-support';

it('calls back with the current value and after each change, until stopped', async () => {
  useFreshDb();
  const seen: number[] = [];
  let wake: () => void = () => {};
  const stop = watch(
    () => listAnnotationsByPage('https://news.example/a'),
    (list) => {
      seen.push(list.length);
      wake();
    },
  );
  const next = () => new Promise<void>((r) => (wake = r));
  await next();
  const changed = next();
  await createAnnotation({ pageKey: 'https://news.example/a', url: 'https://news.example/a', kind: 'claim', exact: 'x' });
  await changed;
  expect(seen).toEqual([0, 1]);
  stop();
  await createAnnotation({ pageKey: 'https://news.example/a', url: 'https://news.example/a', kind: 'claim', exact: 'y' });
  await new Promise((r) => setTimeout(r, 50));
  expect(seen).toEqual([0, 1]);
});

it('signals writes to the named tables only, until stopped', async () => {
  const { onTablesChanged, setPageNote, createAnnotation: create } = await import('./index');
  useFreshDb();
  await setPageNote('https://news.example/a', 'opens the database');
  const seen: string[] = [];
  const stop = onTablesChanged(['annotations'], () => seen.push('annotations'));
  await setPageNote('https://news.example/a', 'page note only');
  expect(seen).toEqual([]);
  await create({ pageKey: 'https://news.example/a', url: 'https://news.example/a', kind: 'claim', exact: 'x' });
  expect(seen).toEqual(['annotations']);
  stop();
  await create({ pageKey: 'https://news.example/a', url: 'https://news.example/a', kind: 'claim', exact: 'y' });
  expect(seen).toEqual(['annotations']);
});
