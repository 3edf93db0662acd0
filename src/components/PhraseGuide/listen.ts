// The "Listen" buttons speak each phrase with the device's Dutch voice (a Belgian one first).
// They are in the page from its first paint where scripts run (data-needs-script), so on a
// device with a Dutch voice nothing moves, even when it lists its voices after the page has
// shown (Chrome on Android does). A device that turns out to have none (no speech at all,
// voices without Dutch, or no voices listed after a while) has them taken away.
// Each button is described by (aria-describedby) the Dutch phrase it speaks.
const buttons = [...document.querySelectorAll<HTMLButtonElement>('.phrase-guide__listen')];
const note = document.querySelector<HTMLElement>('[data-listen-note]');
/** How long a device may take to list its voices before it is taken to have none. */
const VOICES_WAIT_MS = 3000;

function dutchVoice(): SpeechSynthesisVoice | undefined {
  const voices = speechSynthesis.getVoices().filter((voice) => /^nl([-_]|$)/i.test(voice.lang));
  // Prefer a Belgian Dutch voice, the Dutch spoken in Flanders.
  return voices.find((voice) => /^nl[-_]BE$/i.test(voice.lang)) ?? voices[0];
}

function show(shown: boolean): void {
  for (const button of buttons) button.hidden = !shown;
  if (note) note.hidden = !shown;
}

function speak(button: HTMLButtonElement): void {
  speechSynthesis.cancel();
  const phrase = document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
  const utterance = new SpeechSynthesisUtterance(phrase.trim());
  const voice = dutchVoice();
  // Before the device has listed its voices, the language lets it choose its Dutch voice itself.
  if (voice) utterance.voice = voice;
  utterance.lang = voice?.lang ?? 'nl-BE';
  utterance.rate = 0.85;
  speechSynthesis.speak(utterance);
}

if (buttons.length > 0) {
  if (!('speechSynthesis' in window)) {
    show(false);
  } else {
    for (const button of buttons) button.addEventListener('click', () => speak(button));
    const decide = () => {
      if (speechSynthesis.getVoices().length > 0) show(dutchVoice() !== undefined);
    };
    decide();
    speechSynthesis.addEventListener('voiceschanged', decide);
    setTimeout(() => {
      if (speechSynthesis.getVoices().length === 0) show(false);
    }, VOICES_WAIT_MS);
  }
}
