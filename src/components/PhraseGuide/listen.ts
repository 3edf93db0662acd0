// Shows the "Listen" buttons only when the device has a Dutch voice, and speaks with it.
// Each button is described by (aria-describedby) the Dutch phrase it speaks.
const buttons = [...document.querySelectorAll<HTMLButtonElement>('.phrase-guide__listen')];
const note = document.querySelector<HTMLElement>('[data-listen-note]');

function dutchVoice(): SpeechSynthesisVoice | undefined {
  const voices = speechSynthesis.getVoices().filter((voice) => /^nl([-_]|$)/i.test(voice.lang));
  // Prefer a Belgian Dutch voice, the Dutch spoken in Flanders.
  return voices.find((voice) => /^nl[-_]BE$/i.test(voice.lang)) ?? voices[0];
}

function enable(): void {
  const voice = dutchVoice();
  if (!voice) return;
  for (const button of buttons) {
    button.hidden = false;
    button.onclick = () => {
      speechSynthesis.cancel();
      const phrase = document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
      const utterance = new SpeechSynthesisUtterance(phrase.trim());
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.85;
      speechSynthesis.speak(utterance);
    };
  }
  if (note) note.hidden = false;
}

if (buttons.length > 0 && 'speechSynthesis' in window) {
  enable();
  speechSynthesis.addEventListener('voiceschanged', enable);
}
