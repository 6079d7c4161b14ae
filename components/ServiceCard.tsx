import { i18n } from '#i18n';
import type { Service } from '@/data/types';
import { sendMessage } from '@/utils/messages';
import { closePopup } from './close-popup';
import { ServiceSources } from './ServiceSources';
import { Unconfirmed } from './Unconfirmed';

/** Website links go through the background, which opens only protected sites. */
function openWebsite(event: MouseEvent, url: string): void {
  event.preventDefault();
  void sendMessage('openWebsite', { url }).then(closePopup);
}

/** "Text NCDV to 60777" says it all; "Text or WhatsApp" needs the number after it. */
function textLabel({ instructions, display }: { instructions?: string; display: string }): string {
  if (instructions?.includes(display)) return instructions;
  return i18n.t('directory.textNumber', [instructions ?? i18n.t('directory.text'), display]);
}

/** headingLevel 3 under a page's own "Helplines" heading (the guide, the check page); 2 in the popup's list. */
export function ServiceCard({ service, headingLevel = 2 }: { service: Service; headingLevel?: 2 | 3 }) {
  const { phone, text, email, chat, website, hours, free } = service;
  const headingId = `service-${service.id}`;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <article class="service" aria-labelledby={headingId}>
      <Heading id={headingId}>{service.name}</Heading>
      <p class="area">
        {service.area}
        {free?.value ? (
          <>
            {' · '}
            {i18n.t('directory.freeToCall')}
            <Unconfirmed fact={free} />
          </>
        ) : null}
      </p>
      <p>{service.description}</p>
      <ul class="actions">
        {phone && (
          <li>
            <a href={`tel:${phone.value.digits}`}>{i18n.t('directory.call', [phone.value.display])}</a>
            <Unconfirmed fact={phone} />
          </li>
        )}
        {service.otherPhones?.map((other) => (
          <li>
            {i18n.t('directory.otherPhone', [other.value.label])}{' '}
            <a href={`tel:${other.value.digits}`}>{other.value.display}</a>
            <Unconfirmed fact={other} />
          </li>
        ))}
        {text && (
          <li>
            <a href={`sms:${text.value.digits}`}>{textLabel(text.value)}</a>
            <Unconfirmed fact={text} />
          </li>
        )}
        {email && (
          <li>
            <a href={`mailto:${email.value}`}>{i18n.t('directory.email', [email.value])}</a>
            <Unconfirmed fact={email} />
          </li>
        )}
        {website && (
          <li>
            <a href={website.value} onClick={(event) => openWebsite(event, website.value)}>
              {i18n.t('directory.website', [new URL(website.value).host])}
            </a>
            <Unconfirmed fact={website} />
          </li>
        )}
      </ul>
      {chat && (
        <p>
          {i18n.t('directory.chat', [chat.value])}
          <Unconfirmed fact={chat} />
        </p>
      )}
      {hours && (
        <p>
          {i18n.t('directory.open', [hours.value])}
          <Unconfirmed fact={hours} />
        </p>
      )}
      {service.unconfirmed?.map((line) => (
        <p class="unconfirmed">{line}</p>
      ))}
      <ServiceSources service={service} />
    </article>
  );
}
