import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PrintHeader, printHeaderText } from './print-header';

/** The data's latest day, in unix seconds as trend points carry it. */
const MAR_26_2025 = Date.UTC(2025, 2, 26) / 1000;
const APR_1_2025 = Date.UTC(2025, 3, 1, 9, 0);

describe('PrintHeader', () => {
  it("names the app, the view, the filters, the data's latest day and the print date", () => {
    expect(
      printHeaderText({
        title: 'Compare hashtags',
        filters: ['United States', 'last 7 days'],
        dataAsOf: MAR_26_2025,
        printedAt: APR_1_2025,
        locale: 'en-GB',
      }),
    ).toBe(
      'Hashtag Trends · Compare hashtags · United States · last 7 days · data as of 26 Mar 2025 · printed 1 Apr 2025',
    );
  });

  it('skips empty filters and a missing data date', () => {
    expect(
      printHeaderText({ title: '#x', filters: ['GB', undefined, ''], printedAt: APR_1_2025, locale: 'en-GB' }),
    ).toBe('Hashtag Trends · #x · GB · printed 1 Apr 2025');
  });

  it('is hidden on screen and shown in print', () => {
    render(<PrintHeader title="#x" filters={[]} />);
    expect(screen.getByTestId('print-header')).toHaveClass('hidden', 'print:block');
  });
});
