import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { primaryLanguage } from '../i18n/locales.js';

/** A piece of text to read aloud, in its language. */
export interface SpeechPart {
  text: string;
  /** BCP 47 tag of the text; Easy German ("de-x-ls") is read by a German voice. */
  lang: string;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Longest piece handed to the speech engine at once: some engines stop reading long utterances. */
const MAX_UTTERANCE = 220;

/** The browser's speech synthesis, looked up when needed (tests may put their own in its place). */
function synthesis(): SpeechSynthesis | undefined {
  const synth = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  return synth && typeof synth.speak === 'function' && typeof globalThis.SpeechSynthesisUtterance === 'function' ? synth : undefined;
}

/** The tag to speak a text in: private use left out ("de-x-ls" is spoken as German). */
export function spokenLanguage(tag: string): string {
  return tag.replace(/-x-.*$/i, '');
}

/** Splits a text at sentence ends (else at spaces) into pieces of at most `max` characters. */
export function speechChunks(text: string, max = MAX_UTTERANCE): string[] {
  const chunks: string[] = [];
  let rest = text.replace(/\s+/g, ' ').trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const sentence = Math.max(...['. ', '! ', '? ', '; ', '。', '؟ ', '، ', ', '].map((end) => window.lastIndexOf(end)));
    const cut = sentence > max / 3 ? sentence + 1 : window.lastIndexOf(' ') > max / 3 ? window.lastIndexOf(' ') : max;
    chunks.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) chunks.push(rest);
  return chunks;
}

/** Consecutive parts in the same language, joined: one voice reads them without a pause for a change of voice. */
export function groupParts(parts: readonly SpeechPart[]): SpeechPart[] {
  const groups: SpeechPart[] = [];
  for (const part of parts) {
    const text = part.text.trim();
    if (!text) continue;
    const lang = spokenLanguage(part.lang);
    const last = groups.at(-1);
    if (last && last.lang.toLowerCase() === lang.toLowerCase()) last.text += /[.!?:;؟。]$/.test(last.text) ? ` ${text}` : `. ${text}`;
    else groups.push({ text, lang });
  }
  return groups;
}

/**
 * Reads a detail aloud with the device's own voices (the Web Speech API), only when the visitor
 * asks: nothing starts by itself, so it never talks over a screen reader. A control for it is shown
 * only where the device has a voice for every language of the text; voices that arrive later
 * (`voiceschanged`) show it then. Reading stops on Escape, when the detail is left (it is not
 * rendered any more), and when the element leaves the page.
 */
export class SpeechController implements ReactiveController {
  private voices: SpeechSynthesisVoice[] = [];
  private reading: string | null = null;
  /** Counts readings, so that the end of a cancelled one does not end the next. */
  private run = 0;
  /** The keys of the controls rendered in the last update. */
  private readonly rendered = new Set<string>();
  private listening?: SpeechSynthesis;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    const synth = synthesis();
    this.host.addEventListener('keydown', this.onKeyDown, true);
    if (!synth) return;
    this.listening = synth;
    synth.addEventListener?.('voiceschanged', this.onVoicesChanged);
    this.voices = synth.getVoices();
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown, true);
    this.listening?.removeEventListener?.('voiceschanged', this.onVoicesChanged);
    this.listening = undefined;
    this.stop();
  }

  hostUpdated(): void {
    // The detail that was being read is gone (the visitor went back, or opened another): stop.
    // Nothing to render for it: its control is gone.
    if (this.reading && !this.rendered.has(this.reading)) this.halt();
    this.rendered.clear();
  }

  private onVoicesChanged = () => {
    this.voices = synthesis()?.getVoices() ?? [];
    this.host.requestUpdate();
  };

  /** Escape stops reading first (and goes no further, so it does not also close the detail). */
  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.reading) return;
    event.stopPropagation();
    event.preventDefault();
    this.stop();
  };

  /**
   * A voice of the device for `lang`: the same tag first, then the same language, the device's
   * default first. Only voices on the device (`localService`): a voice of a speech service would
   * send the text to a third party, which the kit never does without consent.
   */
  voiceFor(lang: string): SpeechSynthesisVoice | undefined {
    const tag = spokenLanguage(lang).toLowerCase();
    const base = primaryLanguage(tag);
    const norm = (v: SpeechSynthesisVoice) => (v.lang ?? '').replace(/_/g, '-').toLowerCase();
    const local = this.voices.filter((v) => v.localService);
    const same = local.filter((v) => norm(v) === tag);
    const related = local.filter((v) => primaryLanguage(norm(v)) === base);
    const best = (list: SpeechSynthesisVoice[]) => list.find((v) => v.default) ?? list[0];
    return best(same) ?? best(related);
  }

  /** True when the device has a voice for every language of `parts`. */
  canRead(parts: readonly SpeechPart[]): boolean {
    if (!synthesis()) return false;
    const groups = groupParts(parts);
    return groups.length > 0 && groups.every((g) => !!this.voiceFor(g.lang));
  }

  /**
   * True while the control `key` is reading. Call it when rendering the control: a reading whose
   * control is no longer rendered is stopped.
   */
  isReading(key: string): boolean {
    this.rendered.add(key);
    return this.reading === key;
  }

  /** Starts reading `parts` for the control `key`, or stops when that control is reading. */
  toggle(key: string, parts: readonly SpeechPart[]): void {
    if (this.reading === key) this.stop();
    else this.start(key, parts);
  }

  start(key: string, parts: readonly SpeechPart[]): void {
    const synth = synthesis();
    if (!synth) return;
    synth.cancel();
    const run = ++this.run;
    const utterances: SpeechSynthesisUtterance[] = [];
    for (const group of groupParts(parts)) {
      const voice = this.voiceFor(group.lang);
      for (const chunk of speechChunks(group.text)) {
        const utterance = new SpeechSynthesisUtterance(chunk);
        utterance.lang = group.lang;
        if (voice) utterance.voice = voice;
        utterances.push(utterance);
      }
    }
    if (!utterances.length) return;
    const done = () => {
      if (this.run !== run) return;
      this.reading = null;
      this.host.requestUpdate();
    };
    const last = utterances[utterances.length - 1];
    last.onend = done;
    for (const u of utterances) u.onerror = done;
    this.reading = key;
    this.host.requestUpdate();
    for (const u of utterances) synth.speak(u);
  }

  /** Stops reading (nothing happens when nothing is read). */
  stop(): void {
    if (this.halt()) this.host.requestUpdate();
  }

  /** Stops the speech; true when something was being read. */
  private halt(): boolean {
    if (!this.reading) return false;
    this.run++;
    this.reading = null;
    synthesis()?.cancel();
    return true;
  }
}
