import { describe, expect, it } from 'vitest';
import { withoutSiteAffix } from './title-affix.js';

describe('withoutSiteAffix', () => {
  it('drops a trailing or leading part that names the site', () => {
    expect(withoutSiteAffix('Lotte Tobisch ist tot – UEPO.de', null, 'https://www.uepo.de/x')).toBe(
      'Lotte Tobisch ist tot',
    );
    expect(
      withoutSiteAffix(
        "Gregory Szorc's Digital Home | Mercurial's Journey to Python 3",
        "Gregory Szorc's Digital Home",
      ),
    ).toBe("Mercurial's Journey to Python 3");
    expect(
      withoutSiteAffix('Der Porträt | Genossenschaftsverband Bayern (GVB)', 'Genossenschaftsverband Bayern'),
    ).toBe('Der Porträt');
  });

  it('drops a short trailing part only when enough words remain', () => {
    expect(withoutSiteAffix('Tote Hummeln unter Linden: Die Erklärung | Hummeln')).toBe(
      'Tote Hummeln unter Linden: Die Erklärung',
    );
    expect(withoutSiteAffix('Home | Site')).toBe('Home | Site');
    expect(withoutSiteAffix('Nordkorea - Der Diktator ist zurück, Trump ist glücklich')).toBe(
      'Nordkorea - Der Diktator ist zurück, Trump ist glücklich',
    );
  });

  it('leaves titles without spaced separators alone and never returns empty', () => {
    expect(withoutSiteAffix('Well-known e-mail tips')).toBe('Well-known e-mail tips');
    expect(withoutSiteAffix('Wikipedia - Wikipedia', 'Wikipedia')).toBe(
      'Wikipedia - Wikipedia'.split(' - ')[0],
    );
  });
});
