import { href, parse, screenOf, SCREENS, type Route } from './routes';

function at(address: string) {
  const url = new URL(address, 'https://campus.example/');
  return parse({ pathname: url.pathname, search: url.search });
}

describe('routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'inbox' }],
    ['?view=unread&from=2026-11-02&until=2026-11-03', { name: 'inbox', view: 'unread', from: '2026-11-02', until: '2026-11-03' }],
    ['conversations/12', { name: 'conversation', id: '12' }],
    ['conversations/12?view=pool-3', { name: 'conversation', id: '12', view: 'pool-3' }],
    ['new', { name: 'new' }],
    ['new?q=Ana+L%C3%B3pez', { name: 'new', q: 'Ana López' }],
    ['bulk', { name: 'bulk' }],
    ['bulk/41', { name: 'bulk', id: '41' }],
    ['reports?tab=opt-outs', { name: 'reports', tab: 'opt-outs' }],
    ['pools', { name: 'pools' }],
    ['search?text=exam+room&direction=INBOUND&pool=3&from=2026-01-01', {
      name: 'search', text: 'exam room', direction: 'INBOUND', pool: '3', from: '2026-01-01',
    }],
  ])('reads %j and writes it back', (address, route) => {
    expect(at(address)).toEqual(route);
    expect(href(route)).toBe(address);
  });

  it('takes the inbox for an unknown address, and drops parameters a route does not keep', () => {
    expect(at('nowhere/at/all')).toEqual({ name: 'inbox' });
    expect(at('conversations')).toEqual({ name: 'inbox' });
    expect(at('pools?view=unread')).toEqual({ name: 'pools' });
    expect(href({ name: 'inbox', view: '' })).toBe('');
  });

  it('shows an open conversation under the inbox in the navigation', () => {
    expect(SCREENS).toEqual(['inbox', 'new', 'bulk', 'reports', 'pools', 'search']);
    expect(screenOf({ name: 'conversation', id: '7' })).toBe('inbox');
    expect(screenOf({ name: 'bulk', id: '7' })).toBe('bulk');
  });
});
