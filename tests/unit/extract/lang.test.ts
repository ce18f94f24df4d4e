import { describe, expect, it } from 'vitest';
import { guessLang, normaliseLang, resolveLang } from '@/utils/extract/lang';

describe('lang', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh_TW', 'zh-TW'],
    ['zh-cmn-Hans', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['en', 'en'],
    ['EN-au', 'en-AU'],
    ['en_US', 'en-US'],
    ['zh', 'zh'],
    ['', null],
    ['x', null],
    ['123', null],
  ])('normaliseLang(%s) = %s', (tag, expected) => {
    expect(normaliseLang(tag)).toBe(expected);
  });

  it('guesses simplified or traditional Chinese, or English, from the text', () => {
    expect(guessLang('国家发展改革委和科技部日前联合发布通知，这些措施将进一步促进经济发展。')).toBe('zh-CN');
    expect(guessLang('經濟部今天公布綠能產業推動方案，這項方案將協助業者擴大投資，促進經濟發展。')).toBe(
      'zh-TW',
    );
    expect(
      guessLang(
        'The Treasury said on Monday that it would double the export credit available to small manufacturers.',
      ),
    ).toBe('en');
    expect(
      guessLang('Le gouvernement a publié les résultats de son examen des droits de douane sur l’acier.'),
    ).toBeNull();
  });

  it('refines a bare zh by the text, and overrides a template lang="en" on a Chinese page', () => {
    const traditional = '經濟部今天公布綠能產業推動方案，這項方案將協助業者擴大投資。';
    expect(resolveLang(['zh', null], traditional)).toBe('zh-TW');
    expect(
      resolveLang(['en'], '国家发展改革委和科技部日前联合发布通知，这些措施将进一步促进经济发展。'),
    ).toBe('zh-CN');
    expect(resolveLang([null, 'en-gb'], 'The review found that imports fell.')).toBe('en-GB');
  });
});
