import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Country, Fact, Number, Service } from '@/data/types';
import { countryName } from '@/utils/pages/directory/labels';
import { smsHref, telHref } from '@/utils/pages/directory/tel';
import { sendMessage } from '@/utils/shared/messages';
import { closePopup } from './close-popup';
import { OpenNow } from './OpenNow';
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

/* Doubt about a number is said inside its link, so a screen reader's list of links says it too. */

function CallLink({ phone, country }: { phone: Fact<Number>; country: Country }) {
  return (
    <a href={telHref(phone.value.digits, country)}>
      {i18n.t('directory.call', [phone.value.display])}
      <Unconfirmed fact={phone} />
    </a>
  );
}

function TextLink({ text, country }: { text: NonNullable<Service['text']>; country: Country }) {
  return (
    <a href={smsHref(text.value.digits, country)}>
      {textLabel(text.value)}
      <Unconfirmed fact={text} />
    </a>
  );
}

function WebsiteLink({ website }: { website: Fact<string> }) {
  return (
    <a href={website.value} onClick={(event) => openWebsite(event, website.value)}>
      {i18n.t('directory.website', [new URL(website.value).host])}
      <Unconfirmed fact={website} />
    </a>
  );
}

/** The one action shown in the compact row: a call if there is a number, else a text, else the website. */
function mainAction(service: Service): 'phone' | 'text' | 'website' | undefined {
  if (service.phone) return 'phone';
  if (service.text) return 'text';
  if (service.website) return 'website';
  return undefined;
}

/**
 * One service: a compact row (name, the main way to get in touch, open now when
 * the hours are known) so that several fit on a small popup, and the rest
 * (area, description, other numbers, hours, sources) one press away.
 */
/** headingLevel 3 under a page's own "Helplines" heading (the guide, the check page); 2 in the popup's list. */
export function ServiceCard({
  service,
  now = new Date(),
  headingLevel = 2,
}: {
  service: Service;
  now?: Date;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const [expanded, setExpanded] = useState(false);
  const { phone, text, email, chat, website, hours, free } = service;
  const country = service.countries[0]!;
  const main = mainAction(service);
  const headingId = `service-${service.id}`;
  const detailsId = `service-${service.id}-details`;
  return (
    <article class="service" aria-labelledby={headingId}>
      <Heading id={headingId}>{service.name}</Heading>
      <div class="row">
        <div class="contact">
          {main === 'phone' && <CallLink phone={phone!} country={country} />}
          {main === 'text' && <TextLink text={text!} country={country} />}
          {main === 'website' && <WebsiteLink website={website!} />}
          <OpenNow times={service.openingTimes} now={now} />
        </div>
        <button
          type="button"
          class="more"
          aria-expanded={expanded}
          aria-controls={detailsId}
          aria-label={i18n.t('directory.moreAbout', [service.name])}
          onClick={() => setExpanded(!expanded)}
        >
          {i18n.t('directory.more')}
        </button>
      </div>
      <div id={detailsId} class="details" hidden={!expanded}>
        {expanded && (
          <>
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
            {country !== 'GB' && phone && (
              <p class="unconfirmed">{i18n.t('directory.abroad', [countryName(country)])}</p>
            )}
            <ul class="actions">
              {service.otherPhones?.map((other) => (
                <li>
                  {i18n.t('directory.otherPhone', [other.value.label])}{' '}
                  <a href={telHref(other.value.digits, country)}>
                    {other.value.display}
                    <Unconfirmed fact={other} />
                  </a>
                </li>
              ))}
              {text && main !== 'text' && (
                <li>
                  <TextLink text={text} country={country} />
                </li>
              )}
              {email && (
                <li>
                  <a href={`mailto:${email.value}`}>
                    {i18n.t('directory.email', [email.value])}
                    <Unconfirmed fact={email} />
                  </a>
                </li>
              )}
              {website && main !== 'website' && (
                <li>
                  <WebsiteLink website={website} />
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
          </>
        )}
      </div>
    </article>
  );
}
