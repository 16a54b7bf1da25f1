// Vite's `?raw` import of a Go source file: the file's text.
declare module '*.go?raw' {
  const text: string;
  export default text;
}
