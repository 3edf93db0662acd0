// Chapter links seek the video on the page instead of opening the file: the link keeps its
// media-fragment address (file#t=seconds) for readers without JavaScript.
for (const figure of document.querySelectorAll<HTMLElement>('[data-video]')) {
  const video = figure.querySelector('video');
  const chapters = figure.nextElementSibling;
  if (!video || !chapters) continue;
  chapters.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-seek]');
    if (!link) return;
    event.preventDefault();
    const seek = () => {
      video.currentTime = Number(link.dataset.seek);
      void video.play().catch(() => undefined);
    };
    if (video.readyState >= 1) seek();
    else {
      video.addEventListener('loadedmetadata', seek, { once: true });
      video.preload = 'metadata';
      video.load();
    }
    video.focus();
  });
}
