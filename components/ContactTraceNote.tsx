import { claim } from '@/data/guidance';

/** Above the helplines: calling, texting or emailing one leaves its own record on the device. */
export function ContactTraceNote() {
  return <p class="contact-trace">{claim('contact-logs').text}</p>;
}
