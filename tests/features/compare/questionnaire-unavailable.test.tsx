// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { QuestionnaireUnavailableError } from '../../../src/content/catalog';
import { QuestionnaireUnavailable } from '../../../src/features/compare/QuestionnaireUnavailable';
import { renderWithI18n } from '../../support/app';

const show = (error: Error, language: 'en' | 'fr' = 'en') =>
  renderWithI18n(
    <Suspense fallback={null}>
      <QuestionnaireUnavailable error={error} />
    </Suspense>,
    language,
  );

describe('a comparison whose questionnaire version does not load', () => {
  afterEach(cleanup);

  it('names the missing version in a whole sentence of the interface language', async () => {
    show(new QuestionnaireUnavailableError('digital-maturity', '3.0.0'), 'fr');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Le questionnaire digital-maturity, version 3\.0\.0, utilisé par l’un de ces cycles, n’est pas offert dans cette copie de Boussole\.$/,
    );
  });

  it('says loading failed in plain words, the browser’s error text behind Technical details', async () => {
    show(new TypeError('Failed to fetch'));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(
        'A questionnaire version used by one of these cycles could not be loaded. Reload the page to try again.',
      ),
    ).toBeInTheDocument();
    expect(within(alert).getByText('Technical details').closest('details')).toHaveTextContent(
      'TypeError: Failed to fetch',
    );
  });
});
