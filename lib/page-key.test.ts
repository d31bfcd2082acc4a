import { isAnnotatablePage, pageKeyFor, siteOf } from './page-key';

describe('pageKeyFor', () => {
  const same: [string, string, string][] = [
    ['drops the fragment', 'https://news.example/a/story#comments', 'https://news.example/a/story'],
    ['drops utm_* and click ids', 'https://news.example/a?utm_source=x&utm_medium=y&fbclid=1&gclid=2', 'https://news.example/a'],
    ['drops mc_*, _ga, _gl, igshid, ref, ref_src', 'https://news.example/a?mc_cid=1&mc_eid=2&mc_foo=3&_ga=4&_gl=5&igshid=6&ref=tw&ref_src=s', 'https://news.example/a'],
    ['drops cmpid, ocid, smid, s_cid, at_*, yclid, spm, dclid, msclkid', 'https://news.example/a?cmpid=1&ocid=2&smid=3&s_cid=4&at_medium=5&at_campaign=6&yclid=7&spm=8&dclid=9&msclkid=10', 'https://news.example/a'],
    ['tracking names are matched case-insensitively', 'https://news.example/a?UTM_Source=x&FBCLID=1', 'https://news.example/a'],
    ['keeps and sorts real parameters', 'https://news.example/a?page=2&id=7&utm_campaign=z', 'https://news.example/a?id=7&page=2'],
    ['sorts repeated parameters by value too', 'https://news.example/a?b=2&a=9&b=1', 'https://news.example/a?a=9&b=1&b=2'],
    ['lowercases the host, keeps the path case', 'https://News.Example/A/Story', 'https://news.example/A/Story'],
    ['drops www.', 'https://www.news.example/a', 'https://news.example/a'],
    ['treats http as https', 'http://news.example/a', 'https://news.example/a'],
    ['drops default ports', 'https://news.example:443/a', 'https://news.example/a'],
    ['drops port 80 on http', 'http://news.example:80/a', 'https://news.example/a'],
    ['keeps other ports', 'http://localhost:8080/a', 'https://localhost:8080/a'],
    ['drops a trailing slash', 'https://news.example/a/story/', 'https://news.example/a/story'],
    ['keeps the root slash', 'https://news.example/', 'https://news.example/'],
    ['adds the root slash', 'https://news.example', 'https://news.example/'],
    ['drops an empty query', 'https://news.example/a?', 'https://news.example/a'],
    ['trims whitespace', '  https://news.example/a  ', 'https://news.example/a'],
    ['file: URLs keep a key without fragment', 'file:///home/me/article.html#x', 'file:///home/me/article.html'],
  ];
  it.each(same)('%s', (_name, url, key) => {
    expect(pageKeyFor(url)).toBe(key);
  });

  // A canonical link is followed within the page's own origin only (http ⇄ https and www. ⇄ bare
  // count as the same, as in the key): anything wider gives one party another party's page key.
  const canonical: [string, string, string | null, string][] = [
    ['follows a same-host canonical', 'https://news.example/a?page=1', 'https://news.example/a', 'https://news.example/a'],
    ['follows www. ⇄ bare', 'https://news.example/amp/a', 'https://www.news.example/a', 'https://news.example/a'],
    ['follows bare ⇄ www.', 'https://www.news.example/amp/a', 'https://news.example/a', 'https://news.example/a'],
    ['follows http ⇄ https on the same host', 'http://news.example/amp/a', 'https://news.example/a', 'https://news.example/a'],
    ['follows an explicit default port', 'https://news.example/amp/a', 'https://news.example:443/a', 'https://news.example/a'],
    ['follows on the same non-default port', 'http://localhost:8080/amp/a', 'http://localhost:8080/a', 'https://localhost:8080/a'],
    ['normalises the canonical too', 'https://news.example/a', 'https://news.example/b/?utm_source=x#top', 'https://news.example/b'],
    ['ignores another site', 'https://news.example/a', 'https://evil.example/a', 'https://news.example/a'],
    ['ignores another port of the same host', 'https://news.example:8443/a', 'https://news.example/a', 'https://news.example:8443/a'],
    ['ignores the default port from another port', 'http://127.0.0.1:4000/a', 'http://127.0.0.1/a', 'https://127.0.0.1:4000/a'],
    ['ignores another port of the same IP', 'http://127.0.0.1:4001/attack', 'http://127.0.0.1:4000/story', 'https://127.0.0.1:4001/attack'],
    ['ignores another IP in the same /8', 'http://10.0.0.2/a', 'http://10.0.0.1/a', 'https://10.0.0.2/a'],
    ['ignores another IP sharing the last two bytes', 'http://192.168.0.1/a', 'http://10.0.0.1/a', 'https://192.168.0.1/a'],
    ['follows on the same IP and port', 'http://10.0.0.1/amp/a', 'http://10.0.0.1/a', 'https://10.0.0.1/a'],
    ['ignores another IPv6 host', 'http://[::1]:8080/a', 'http://[::2]:8080/a', 'https://[::1]:8080/a'],
    ['ignores a sibling on shared hosting (github.io)', 'https://alice.github.io/post', 'https://bob.github.io/post', 'https://alice.github.io/post'],
    ['ignores a sibling on shared hosting (herokuapp.com)', 'https://evil.herokuapp.com/x', 'https://victim.herokuapp.com/story', 'https://evil.herokuapp.com/x'],
    ['ignores a sibling on shared hosting not in any list', 'https://evil.tenants.example/x', 'https://victim.tenants.example/story', 'https://evil.tenants.example/x'],
    ['ignores a sibling subdomain (m.)', 'https://m.news.example/a', 'https://news.example/a', 'https://m.news.example/a'],
    ['ignores the parent domain from a subdomain', 'https://blog.news.example/a', 'https://www.news.example/a', 'https://blog.news.example/a'],
    ['ignores another site under co.uk', 'https://paper.co.uk/x', 'https://other.co.uk/x', 'https://paper.co.uk/x'],
    ['ignores a look-alike suffix', 'https://news.example.evil.example/a', 'https://news.example/a', 'https://news.example.evil.example/a'],
    ['ignores credentials pointing elsewhere', 'https://evil.example/a', 'https://news.example@evil2.example/a', 'https://evil.example/a'],
    ['ignores a relative canonical', 'https://news.example/a', '/b', 'https://news.example/a'],
    ['ignores a non-http canonical', 'https://news.example/a', 'javascript:alert(1)', 'https://news.example/a'],
    ['ignores a file: canonical', 'https://news.example/a', 'file:///etc/passwd', 'https://news.example/a'],
    ['ignores garbage', 'https://news.example/a', 'not a url', 'https://news.example/a'],
    ['ignores null', 'https://news.example/a', null, 'https://news.example/a'],
  ];
  it.each(canonical)('%s', (_name, url, canon, key) => {
    expect(pageKeyFor(url, canon)).toBe(key);
  });

  it('never follows a canonical from a non-http page', () => {
    expect(pageKeyFor('file:///tmp/a.html', 'https://news.example/a')).toBe('file:///tmp/a.html');
  });

  it('gives an unparsable URL a key without its fragment', () => {
    expect(pageKeyFor('not a url#frag')).toBe('not a url');
  });
});

describe('isAnnotatablePage', () => {
  const cases: [string, boolean][] = [
    ['https://news.example/a', true],
    ['http://news.example/a', true],
    ['file:///home/me/a.html', true],
    ['chrome://settings', false],
    ['about:blank', false],
    ['about:newtab', false],
    ['chrome-extension://abc/popup.html', false],
    ['moz-extension://abc/popup.html', false],
    ['edge://settings', false],
    ['view-source:https://news.example/a', false],
    ['data:text/html,hi', false],
    ['https://chromewebstore.google.com/detail/x', false],
    ['https://chrome.google.com/webstore/detail/x', false],
    ['https://addons.mozilla.org/en-US/firefox/', false],
    ['nonsense', false],
  ];
  it.each(cases)('%s → %s', (url, expected) => {
    expect(isAnnotatablePage(url)).toBe(expected);
  });
});

describe('siteOf', () => {
  it.each([
    ['https://www.News.example/a', 'news.example'],
    ['https://m.news.example/a', 'm.news.example'],
    ['file:///a.html', ''],
    ['junk', ''],
  ])('siteOf(%s) = %s', (url, site) => expect(siteOf(url)).toBe(site));
});
