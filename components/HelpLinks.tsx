import { services } from '@/data/services';
import { ServiceCard } from './ServiceCard';

/** Directory entries shown on a page, by id: the data stays in one place. Their names are h3, under the page's h2. */
export function HelpLinks({ ids }: { ids: readonly string[] }) {
  return (
    <div class="services">
      {ids.map((id) => {
        const service = services.find((s) => s.id === id);
        return service ? <ServiceCard key={id} service={service} headingLevel={3} /> : null;
      })}
    </div>
  );
}
