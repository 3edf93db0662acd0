// Shows the "Listen" buttons only when the device has a Dutch voice, and speaks with it.
const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-speak]')];
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
      const utterance = new SpeechSynthesisUtterance(button.dataset.speak ?? '');
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
