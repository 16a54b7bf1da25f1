// Transport icons as inline SVG (glyphs like ⏮ are missing from many fonts).
const paths = {
  start: 'M5 4h2v16H5zM20 4v16L8 12z',
  end: 'M17 4h2v16h-2zM4 4v16l12-8z',
  back: 'M18 5v14L7 12z',
  forward: 'M6 5v14l11-7z',
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  prevOf: 'M4 4h2v16H4zM20 6v12l-9-6zM12 6v12l-5-6z',
  nextOf: 'M18 4h2v16h-2zM4 6v12l9-6zM12 6v12l5-6z',
};

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
