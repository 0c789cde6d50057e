/** Replaces the browser's geolocation with a fixed position for the duration of `run`; counts the requests. */
export async function withPosition(latitude: number, longitude: number, run: (asked: () => number) => Promise<void>): Promise<void> {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
  let count = 0;
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (ok: PositionCallback) => {
        count++;
        ok({ coords: { latitude, longitude, accuracy: 30 } } as GeolocationPosition);
      },
    },
  });
  try {
    await run(() => count);
  } finally {
    delete (navigator as unknown as Record<string, unknown>).geolocation;
    if (original) Object.defineProperty(Navigator.prototype, 'geolocation', original);
  }
}
