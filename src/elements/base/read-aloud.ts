/**
 * "Read aloud": the control that reads a detail with the device's voice, and the words it reads.
 * The spoken text is made from what the detail shows, with the same formatting functions, in the
 * interface's language; phone numbers are read digit by digit and opening hours as sentences.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { slotsOn } from '../../catalogue/hours.js';
import type { OpeningSlot } from '../../catalogue/schema.js';
import { WEEKDAYS } from '../../catalogue/values.js';
import type { SpeechController, SpeechPart } from '../../controllers/speech-controller.js';
import { list, timeOfDay, weekdayName } from '../../i18n/format.js';

/** A phone number for reading aloud: each digit on its own, a pause (comma) between the groups. */
export function phoneWords(phone: string): string {
  return phone.replace(/\+?\d[\d\s()/.\u2010-\u2015-]*\d|\+?\d/g, (run) =>
    run
      .split(/[^\d+]+/)
      .filter(Boolean)
      .map((group) => [...group].join(' '))
      .join(', '),
  );
}

/**
 * Opening hours as sentences in the interface's language: days with the same hours together
 * ("Monday to Friday: from 9:00 AM to 12:00 PM."), days without hours left out.
 */
export function hoursWords(weekly: readonly OpeningSlot[], ui: string): string {
  const days = WEEKDAYS.map((day) => ({ day, slots: slotsOn(weekly, day) }));
  const same = (a: OpeningSlot[], b: OpeningSlot[]) => a.length === b.length && a.every((s, i) => s.opens === b[i].opens && s.closes === b[i].closes);
  const sentences: string[] = [];
  for (let i = 0; i < days.length; i++) {
    const { slots } = days[i];
    if (!slots.length) continue;
    let j = i;
    while (j + 1 < days.length && same(days[j + 1].slots, slots)) j++;
    const first = weekdayName(days[i].day, ui);
    const last = weekdayName(days[j].day, ui);
    const when =
      j === i
        ? first
        : j === i + 1
          ? list([first, last], ui)
          : msg(str`${first} to ${last}`, { id: 'speech.day-range', desc: 'Read aloud: a range of weekdays, such as “Monday to Friday”. {0} and {1} are weekday names.' });
    const times = list(
      slots.map((s) => {
        const opens = timeOfDay(s.opens, ui);
        const closes = timeOfDay(s.closes, ui);
        return msg(str`from ${opens} to ${closes}`, { id: 'speech.time-range', desc: 'Read aloud: opening hours of one day, such as “from 9:00 to 12:00”. {0} and {1} are times of day.' });
      }),
      ui,
    );
    sentences.push(`${when}: ${times}.`);
    i = j;
  }
  return sentences.join(' ');
}

/**
 * Labels said before a part of a detail. They are the read-aloud's own (the visible labels carry
 * colons and layout of their own), each made in one place.
 */
export const spokenLabels = {
  address: (address: string) => msg(str`Address: ${address}.`, { id: 'speech.address', desc: 'Read aloud: the address of an offer, event or job. {0} is the street, postal code and town.' }),
  phone: (digits: string) => msg(str`Phone number: ${digits}.`, { id: 'speech.phone', desc: 'Read aloud: a phone number. {0} is the number with its digits one by one (“0 3 8 1, 1 2 3 4”).' }),
  hours: (state: string) => msg(str`Opening hours: ${state}.`, { id: 'speech.hours', desc: 'Read aloud: the start of an offer’s opening hours. {0} says whether it is open now (“Open now, closes at 12:00”); the hours of each day follow.' }),
  germanLevel: (level: string) => msg(str`German needed: ${level}.`, { id: 'speech.german-level', desc: 'Read aloud: the level of German a job needs. {0} is the level with its explanation (“B1 – everyday life and simple work instructions”).' }),
  applyBy: (date: string) => msg(str`Apply by ${date}.`, { id: 'speech.apply-by', desc: 'Read aloud: the last day to apply for a job. {0} is a date (“30 November 2026”).' }),
};

/** Interface text for reading: separators that a voice would read as words ("·", "–") become pauses. */
export function spokenUi(text: string): string {
  return text.replace(/\s*[·•|]\s*/g, ', ').replace(/\s+[–—]\s+/g, ', ');
}

/**
 * The description every read-aloud button points to: it uses the device's voice, and Escape stops
 * it. Hidden: screen readers read it as the button's description only, not on its own.
 */
export function readAloudNote(id: string): TemplateResult {
  return html`<span id=${id} hidden>${msg('Reads the text aloud with your device’s voice. Escape stops it.', {
    id: 'speech.note',
    desc: 'Description of the “Read aloud” button, read by screen readers: the device’s own speech voice is used (nothing is sent anywhere), and the Escape key stops it.',
  })}</span>`;
}

/**
 * The "Read aloud" button for the text `parts` (made with `key`, unique in the element), shown only
 * where the device has a voice for their languages. While reading it says "Stop reading" (and
 * Escape stops). It starts only when pressed. `describedBy` are ids that describe it, the note's first.
 */
export function readAloudButton(
  speech: SpeechController,
  key: string,
  parts: readonly SpeechPart[],
  describedBy: string,
  className = 'button secondary',
): TemplateResult | typeof nothing {
  const reading = speech.isReading(key);
  if (!reading && !speech.canRead(parts)) return nothing;
  return html`<button type="button" class="${className} read-aloud" ?data-reading=${reading} aria-describedby=${describedBy} @click=${() => speech.toggle(key, parts)}>
    <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">${reading
      ? svg`<rect x="6" y="6" width="12" height="12" rx="1.5" fill="currentColor" />`
      : svg`<path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3Zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4Zm-2.5-9v2.1a7 7 0 0 1 0 13.8V21a9 9 0 0 0 0-18Z" />`}</svg>
    ${reading ? msg('Stop reading', { id: 'speech.stop', desc: 'Button while the device reads an entry aloud: stops reading.' }) : msg('Read aloud', { id: 'speech.read', desc: 'Button: the device reads this entry (offer, event or job) aloud with its own voice.' })}
  </button>`;
}
