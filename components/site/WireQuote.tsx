/**
 * Words as a mail server sent them, in the quotation marks of the page's language. The marks belong to the
 * sentence (on its side in right-to-left text); the words inside take their own direction (left to right for the English
 * that servers send), isolated from it.
 */
export default function WireQuote({ text }: { text: string }) {
  return (
    <q>
      <span className="wire-text" dir="auto">{text}</span>
    </q>
  );
}
