import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';

/** Asked for a password-protected PDF; the password only opens the file here and is never stored. */
export function PasswordForm({ onSubmit }: { onSubmit: (password: string) => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  return (
    <form
      class="password-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(password);
      }}
    >
      <label>
        {t('pdfPassword')}{' '}
        <input
          type="password"
          autoFocus
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </label>
      <button type="submit">{t('pdfOpenWithPassword')}</button>
    </form>
  );
}
