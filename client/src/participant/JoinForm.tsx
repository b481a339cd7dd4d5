import { useState } from 'react';
import { isWellFormedJoinCode, normaliseJoinCode } from '@kafe/shared/joinCode';
import { navigate } from '../app/navigation';
import { useT } from '../ui/i18n';

/**
 * /join: type the code from the screen. Any case; ambiguous characters are refused here, before asking the server.
 * After a refused code the form comes back with that code still in the field, so a typo is fixed, not retyped.
 */
export function JoinForm({ initialError, initialCode = '' }: { initialError?: string; initialCode?: string }) {
  const t = useT();
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<string | null>(initialError ?? null);
  const submit = (): void => {
    const normalised = normaliseJoinCode(code);
    if (!isWellFormedJoinCode(normalised)) {
      setError(t('part.join.bad'));
      return;
    }
    navigate(`/join/${normalised}${location.search}`);
  };
  return (
    <form
      className="join-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
    >
      <h1>{t('part.join.title')}</h1>
      <label className="field">
        <span>{t('part.join.code')}</span>
        <input
          data-testid="join-code-input"
          className="join-input"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          inputMode="text"
          maxLength={12}
          aria-describedby="join-help join-error"
          aria-invalid={error ? true : undefined}
          required
        />
      </label>
      <p id="join-help" className="help">
        {t('part.join.help')}
      </p>
      <p id="join-error" className="form-error" role="alert">
        {error}
      </p>
      <button type="submit" className="btn btn-primary btn-block">
        {t('part.join.submit')}
      </button>
    </form>
  );
}
