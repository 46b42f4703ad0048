/**
 * The store page's five forms, read from the request with `actionForm()`: add a product, run a
 * market day, and edit, publish or unpublish a listing. A rejected form comes back filled in with
 * what was posted; a listing's edit form only for the product that was posted.
 */
import { actions } from 'astro:actions';
import type { Locale } from '#i18n/locales.ts';
import { actionForm, type ActionPage } from '#server/forms.ts';

export async function storePageActions(page: ActionPage, locale: Locale) {
  const [added, ran, edited, published, unpublished] = await Promise.all([
    actionForm(page, actions.sandbox.addProduct, locale),
    actionForm(page, actions.sandbox.runMarketDay, locale),
    actionForm(page, actions.listing.update, locale),
    actionForm(page, actions.listing.publish, locale),
    actionForm(page, actions.listing.unpublish, locale),
  ]);
  const values = { ...added.posted, ...ran.posted };
  const editedId = edited.posted['productId'];
  return {
    added,
    ran,
    edited,
    published,
    unpublished,
    editedId,
    /** A field of the add-product or market-day form: what was posted after an error, else the fallback. */
    v: (name: string, fallback = ''): string => values[name] ?? fallback,
    /** The add-product form's message for a field. */
    err: (name: string): string | undefined => added.errors.fields[name],
    /** A field of one product's listing form: what was posted when that product's edit was refused. */
    ev: (productId: string, name: string, fallback: string): string => (editedId === productId && edited.failed ? edited.posted[name] ?? fallback : fallback),
  };
}
