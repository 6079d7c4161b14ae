import { claim } from '@/data/guidance';

/** Claims of the guide quoted on another page, word for word, by id (data/guidance.ts). */
export function GuidanceList({ ids }: { ids: readonly string[] }) {
  return (
    <ul>
      {ids.map((id) => (
        <li>{claim(id).text}</li>
      ))}
    </ul>
  );
}
