import type { Messages } from './messages';

/** Words of the user-price editor of a cost line (Design.priceOverrides). */
export const priceOverrideMessages = {
  setPrice: { en: 'Set price…', fr: 'Saisir un prix…' },
  overridePrice: { en: 'Use my price…', fr: 'Utiliser mon prix…' },
  setPriceTitle: {
    en: 'Enter the price you know for this meter (AWS page, negotiated or EDP price): it is used in the estimate and saved with the design',
    fr: 'Saisissez le prix que vous connaissez pour ce compteur (page AWS, prix négocié ou EDP) : il est utilisé dans l’estimation et enregistré avec le design',
  },
  yourPrice: { en: 'Your price', fr: 'Votre prix' },
  yourPriceTitle: {
    en: 'Priced with your own price in {region}, not the bundled price book',
    fr: 'Calculé avec votre propre prix en {region}, pas avec la grille de prix fournie',
  },
  edit: { en: 'Edit', fr: 'Modifier' },
  editTitle: { en: 'Edit your price', fr: 'Modifier votre prix' },
  remove: { en: 'Remove', fr: 'Retirer' },
  removeTitle: {
    en: 'Remove your price (back to the price book)',
    fr: 'Retirer votre prix (retour à la grille de prix)',
  },
  editorLabel: { en: 'Your price for {meter} in {region}', fr: 'Votre prix pour {meter} en {region}' },
  usd: { en: 'USD', fr: 'USD' },
  per: { en: 'per', fr: 'par' },
  note: { en: 'Note (optional)', fr: 'Note (facultatif)' },
  notePlaceholder: { en: 'from the AWS page, EDP -12 %…', fr: 'page AWS, EDP -12 %…' },
  save: { en: 'Save', fr: 'Enregistrer' },
  cancel: { en: 'Cancel', fr: 'Annuler' },
  badUsd: { en: 'Enter a price ≥ 0 (e.g. 0.23)', fr: 'Saisissez un prix ≥ 0 (ex. 0,23)' },
  badPer: {
    en: 'Enter a quantity > 0 (e.g. 1 or 1000000)',
    fr: 'Saisissez une quantité > 0 (ex. 1 ou 1000000)',
  },
  keys: { en: 'Enter saves, Escape cancels', fr: 'Entrée enregistre, Échap annule' },
} as const satisfies Messages;
