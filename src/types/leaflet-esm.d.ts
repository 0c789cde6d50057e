// Leaflet 1.9's ES module build has the same API as its UMD main file.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
