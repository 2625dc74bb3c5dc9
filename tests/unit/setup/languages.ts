// Unit tests read messages in both languages, as the pages do once +layout.ts has loaded the reader's.
import { LANGS, loadLanguage } from '../../../src/lib/i18n/messages';

await Promise.all(LANGS.map(loadLanguage));
