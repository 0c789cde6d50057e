/**
 * A stand-in for the browser's speech synthesis (the Web Speech API) in a test page: the voices a
 * test gives, and every utterance the kit asks it to speak, kept instead of spoken.
 */
export interface FakeVoice {
  name: string;
  lang: string;
  voiceURI: string;
  default: boolean;
  localService: boolean;
}

export class FakeUtterance {
  text: string;
  lang = '';
  voice: FakeVoice | null = null;
  rate = 1;
  pitch = 1;
  volume = 1;
  onend: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onstart: ((event: Event) => void) | null = null;
  constructor(text = '') {
    this.text = text;
  }
}

export class FakeSpeech extends EventTarget {
  voices: FakeVoice[];
  /** Utterances asked for since the last cancel, in order. */
  queue: FakeUtterance[] = [];
  /** Every utterance asked for. */
  spoken: FakeUtterance[] = [];
  cancels = 0;
  speaking = false;
  pending = false;
  paused = false;

  constructor(langs: string[]) {
    super();
    this.voices = langs.map((lang, i) => ({ name: `Test voice ${lang}`, lang, voiceURI: `test-${lang}`, default: i === 0, localService: true }));
  }

  getVoices(): FakeVoice[] {
    return this.voices;
  }

  speak(utterance: FakeUtterance): void {
    this.queue.push(utterance);
    this.spoken.push(utterance);
    this.speaking = true;
  }

  cancel(): void {
    this.cancels++;
    const queue = this.queue;
    this.queue = [];
    this.speaking = false;
    for (const u of queue) u.onerror?.(new Event('error'));
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
  }

  /** The engine finished every utterance. */
  finish(): void {
    const queue = this.queue;
    this.queue = [];
    this.speaking = false;
    for (const u of queue) u.onend?.(new Event('end'));
  }

  /** New voices arrived (as when the engine has loaded them); `remote` ones are a speech service's. */
  addVoices(langs: string[], remote = false): void {
    this.voices = [...this.voices, ...langs.map((lang) => ({ name: `Test voice ${lang}`, lang, voiceURI: `test-${lang}`, default: false, localService: !remote }))];
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

/** Puts a fake speech synthesis with voices for `langs` in the page; returns it and a way to restore the real one. */
export function installSpeech(langs: string[]): { speech: FakeSpeech; restore: () => void } {
  const speech = new FakeSpeech(langs);
  const win = window as unknown as Record<string, unknown>;
  const hadOwn = Object.prototype.hasOwnProperty.call(window, 'speechSynthesis');
  const ownDescriptor = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
  const Utterance = win.SpeechSynthesisUtterance;
  Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true, writable: true });
  win.SpeechSynthesisUtterance = FakeUtterance;
  return {
    speech,
    restore() {
      if (hadOwn && ownDescriptor) Object.defineProperty(window, 'speechSynthesis', ownDescriptor);
      else delete win.speechSynthesis;
      win.SpeechSynthesisUtterance = Utterance;
    },
  };
}
