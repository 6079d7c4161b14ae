import { ExitNowButton } from '@/components/ExitNowButton';

export function App() {
  return (
    <main>
      <ExitNowButton />
      <h1>Quick Exit</h1>
      <p>
        Leave a support site in an instant: the button at the top of protected sites, Shift pressed three times, or the
        browser shortcut (Alt+Shift+Q unless you changed it).
      </p>
    </main>
  );
}
