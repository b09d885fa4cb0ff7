import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { pseudoMessage, pseudoMessages } from '@/lib/pseudo-locale';
import { flatten, type MessageTree } from '@/lib/translation-sources';
import { messagesOf } from './render';

/** What must not change: arguments, tags and the text inside <code>. */
function shape(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((e): string[] => {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) return [`{${e.value}}`];
    if (e.type === TYPE.pound) return ['#'];
    if (e.type === TYPE.tag) return e.value === 'code' ? [`<code>${JSON.stringify(e.children)}`] : [`<${e.value}>`, ...shape(e.children)];
    if (e.type === TYPE.plural || e.type === TYPE.select) return [`{${e.value} ${Object.keys(e.options).sort()}}`, ...Object.entries(e.options).sort(([a], [b]) => a.localeCompare(b)).flatMap(([, o]) => shape(o.value))];
    return [];
  });
}
const shapeOf = (message: string) => shape(parse(message, { ignoreTag: false, captureLocation: false }));

test.each([
  ['Send this to a customer', '[Šéñð ţĥîš ţö å çûšţöɱéŕ ··· ···]'],
  ['SMTP {code} {name}', '[ŠṀŢÞ {code} {name} ···]'],
  ['Paste <code>550 5.1.1 User unknown</code> here', '[Þåšţé <code>550 5.1.1 User unknown</code> ĥéŕé ···]'],
  ['{count, plural, one {# code} other {# codes}}', '[{count,plural,one{# çöðé} other{# çöðéš}} ···]'],
])('%j → %j', (english, pseudo) => {
  expect(pseudoMessage(english)).toBe(pseudo);
});

const english = flatten(messagesOf('en') as MessageTree);
const pseudo = flatten(pseudoMessages(messagesOf('en') as MessageTree, (m) => m) as MessageTree);

test('every English message keeps its arguments, plural and select branches, tags and <code> text', () => {
  const changed = [...english].filter(([key, message]) => JSON.stringify(shapeOf(pseudo.get(key)!)) !== JSON.stringify(shapeOf(message)));
  expect(changed.map(([key]) => key)).toEqual([]);
});

test('no ASCII letter is left outside <code>, and the text is about a third longer', () => {
  const outsideCode = (m: string) => m.replace(/<code>.*?<\/code>/gs, '').replace(/<\/?[\w-]+>|\{[\w]+(,[^{}]*)?\}/g, '');
  expect([...pseudo].filter(([, m]) => /[a-zA-Z]/.test(outsideCode(m).replace(/\{\w+,(plural|select),|\b(one|other|few|many|zero|two|=\d+)\{/g, ''))).map(([k]) => k)).toEqual([]);
  const length = (messages: Map<string, string>) => [...messages.values()].reduce((sum, m) => sum + m.length, 0);
  expect(length(pseudo) / length(english)).toBeGreaterThan(1.3);
  expect(length(pseudo) / length(english)).toBeLessThan(1.5);
});
