/** Records what a live region says: each text it is given, after each change (empty texts included). */
export function recordLiveRegion(region: Element): { texts: string[]; spoken: () => string[]; stop: () => void } {
  const texts: string[] = [];
  const observer = new MutationObserver(() => texts.push(region.textContent?.trim() ?? ''));
  observer.observe(region, { childList: true, subtree: true, characterData: true });
  return {
    texts,
    /** The texts a screen reader speaks: every non-empty text that follows a change. */
    spoken: () => texts.filter((t, i) => t && t !== texts[i - 1]),
    stop: () => observer.disconnect(),
  };
}
