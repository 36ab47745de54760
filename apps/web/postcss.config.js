// Mantine's PostCSS preset (rem(), light-dark(), breakpoint mixins) for the app's CSS modules.
export default {
  plugins: {
    'postcss-preset-mantine': {},
    // `only`: replace just these variables and leave any other `$…` alone — Vite's asset
    // placeholders in bundled CSS (fonts) can contain `$`, which would otherwise fail the build.
    'postcss-simple-vars': {
      only: {
        'mantine-breakpoint-xs': '36em',
        'mantine-breakpoint-sm': '48em',
        'mantine-breakpoint-md': '62em',
        'mantine-breakpoint-lg': '75em',
        'mantine-breakpoint-xl': '88em',
      },
    },
  },
};
