import { CleaningSettings } from '@/components/CleaningSettings';
import { DestinationSetting } from '@/components/DestinationSetting';

export function App() {
  return (
    <main>
      <h1>Quick Exit settings</h1>
      <DestinationSetting />
      <CleaningSettings />
    </main>
  );
}
