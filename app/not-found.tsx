import Link from 'next/link';

// Renders for paths the proxy does not localize (for example a missing file such as /nothing.txt).
export default function RootNotFound() {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>404</h1>
          <p>
            <Link href="/">SMTP Codes</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
