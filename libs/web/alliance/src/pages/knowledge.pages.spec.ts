import { AuthService } from '@koers/web-auth';
import { openProgrammePage, type PageHarness } from '@koers/web-programme/testing';
import { publicAllianceRoutes } from '../routes';

/** Under a loaded machine the page may take longer than the harness's half second. */
async function patiently<T>(ask: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await ask();
    } catch (e) {
      if (i >= 9) throw e;
    }
  }
}
const answer = (page: PageHarness, url: string, body: object, method = 'GET') => patiently(() => page.requested((r) => r.url === url && r.method === method)).then((req) => req.flush(body));
const t = (nl: string, en = nl) => ({ nl, en });

describe('the public alliance pages', () => {
  it('the join form shows each refusal of the API at its field in Dutch, then the receipt', async () => {
    const page = await openProgrammePage('/partner-worden', { routes: publicAllianceRoutes(), auth: AuthService });
    await answer(page, '/api/public/alliance/platforms', { items: [{ id: 'p1', name: 'MVO-platform Assen', region: 'Drenthe', municipality: 'Assen' }] });
    await page.settle();
    const { el, text, type, choose, button, requested, settle } = page;
    expect(text(el.querySelector('h1'))).toBe('Partner worden van de MVO-Alliantie');
    await type('#join-email', 'sanne@');
    button('Aanmelding versturen').click();
    const bad = await patiently(() => requested((r) => r.url === '/api/public/alliance/applications' && r.method === 'POST'));
    expect(bad.request.body).toEqual({ organisationName: '', kind: '', contactName: '', email: 'sanne@', motivation: '' });
    bad.flush(
      {
        status: 400, code: 'validation', params: {}, text: t('Ongeldige invoer', 'Invalid input'),
        errors: [
          { field: 'organisationName', code: 'validation.required', text: t('De naam van de organisatie is verplicht', "The organisation's name is required") },
          { field: 'email', code: 'validation.email', text: t('Een e-mailadres als naam@organisatie.nl', 'An e-mail address like name@organisation.nl') },
          { field: 'motivation', code: 'alliance.motivation', text: t('Vertel in minstens 20 tekens waarom u mee wilt doen', 'Tell us in at least 20 characters why you want to join') },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(el.querySelector('[data-testid=email-error]'))).toBe('Een e-mailadres als naam@organisatie.nl');
    expect(text(el.querySelector('[data-testid=motivation-error]'))).toBe('Vertel in minstens 20 tekens waarom u mee wilt doen');
    expect(text(el.querySelector('[data-testid=join-error]'))).toBe('Verbeter de velden hierboven.');

    await type('#join-organisationName', 'Stichting Duurzaam Emmen');
    await choose('#join-kind', 'environmental_federation');
    await type('#join-contactName', 'Sanne Bakker');
    await type('#join-email', 'sanne@duurzaam-emmen.test');
    await type('#join-motivation', 'Wij willen kennis delen met ondernemers in Emmen.');
    await choose('#join-platform', 'p1');
    button('Aanmelding versturen').click();
    const good = await patiently(() => requested((r) => r.url === '/api/public/alliance/applications' && r.method === 'POST'));
    expect(good.request.body).toEqual({
      organisationName: 'Stichting Duurzaam Emmen', kind: 'environmental_federation', contactName: 'Sanne Bakker', email: 'sanne@duurzaam-emmen.test',
      motivation: 'Wij willen kennis delen met ondernemers in Emmen.', platformId: 'p1',
    });
    good.flush({ received: true, text: t('Dank u wel. Het secretariaat bekijkt uw aanmelding.', 'Thank you.') }, { status: 201, statusText: 'Created' });
    await settle();
    expect(text(el.querySelector('[data-testid=join-received]'))).toBe('Dank u wel. Het secretariaat bekijkt uw aanmelding.');
  });

  it('the examples page shows each consented example with its figures the Dutch way and their source', async () => {
    const page = await openProgrammePage('/voorbeelden', { routes: publicAllianceRoutes(), auth: AuthService });
    await answer(page, '/api/public/alliance/showcases', {
      items: [
        {
          id: 's1', organisationName: 'Bakkerij De Vries', municipality: 'Assen', platformName: 'MVO-platform Assen', region: 'Drenthe', title: 'Zonnepanelen op het dak', measure: '48 zonnepanelen',
          effect: 'De helft minder gas', figures: [{ label: 'Minder CO2-uitstoot', value: 1250.5, unit: 'kg CO2e per jaar', source: 'CO2-footprint 2025 en 2026' }],
          contact: { name: 'Jan de Vries', email: 'jan@bakkerij-devries.test', phone: null }, partnerName: 'MVO Alliantie Noord-Nederland',
        },
      ],
    });
    await page.settle();
    const { el, text } = page;
    expect(text(el.querySelector('h1'))).toBe('Voorbeelden van duurzaam ondernemen');
    const item = el.querySelector('[data-showcase=s1]')!;
    expect(text(item.querySelector('[data-testid=figure]'))).toBe('1.250,5 kg CO2e per jaar');
    expect(text(item)).toContain('Bron: CO2-footprint 2025 en 2026');
    expect(text(item)).toContain('Bakkerij De Vries · Assen · MVO-platform Assen (Drenthe)');
  });
});
