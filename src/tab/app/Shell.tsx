import { Button, Caption1, Link, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSession } from '../auth/session.js';
import { href, type Route } from './routes.js';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { fontWeight: tokens.fontWeightSemibold },
  nav: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  navLink: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}` },
  current: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline' },
  who: { marginInlineStart: 'auto', display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  menuButton: { marginInlineStart: 'auto' },
  narrowNav: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, flexBasis: '100%' },
  narrowWho: { flexBasis: '100%', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  main: { padding: tokens.spacingHorizontalL, maxWidth: '1200px', marginInline: 'auto', outlineStyle: 'none' },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalS, top: tokens.spacingVerticalS, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  },
});

const PAGES: { key: Route['page']; label: string; href: string; show: (can: Record<string, boolean>, roles: string[]) => boolean }[] = [
  { key: 'home', label: 'Home', href: href.home(), show: () => true },
  { key: 'log', label: 'Log a concern', href: href.log(), show: (can) => can.createConcern === true },
  { key: 'mine', label: 'My concerns', href: href.mine(), show: (can) => can.myConcerns === true },
  { key: 'actions', label: 'My actions', href: href.myActions(), show: (can) => can.myConcerns === true },
  { key: 'referrals', label: 'Referrals', href: href.referrals(), show: (can) => can.dashboard === true },
  { key: 'alerts', label: 'Alerts', href: href.alerts(), show: (can) => can.dashboard === true },
  { key: 'subject-access', label: 'Subject access', href: href.subjectAccessList(), show: (_, roles) => roles.includes('dsl') },
  { key: 'adult-concerns', label: 'Concerns about adults', href: href.adultConcerns(), show: (can) => can.adultConcerns === true },
  { key: 'search', label: 'Search', href: href.search(), show: (can) => can.search === true },
  { key: 'parental-report', label: 'Parents not informed', href: href.parentalReport(), show: (_, roles) => roles.includes('dsl') },
  { key: 'transfers', label: 'Transfers', href: href.transfers(), show: (_, roles) => roles.includes('dsl') },
  { key: 'retention', label: 'Retention', href: href.retention(), show: (_, roles) => roles.includes('dsl') },
  // Admins manage the mapping; DSLs read the access report. The API enforces both.
  { key: 'access', label: 'Access', href: href.access(), show: (_, roles) => roles.includes('admin') || roles.includes('dsl') },
  { key: 'audit', label: 'Audit trail', href: href.audit(), show: (can) => can.listAuditEvents === true },
  { key: 'calendar', label: 'School calendar', href: href.calendar(), show: (_, roles) => roles.includes('admin') },
  { key: 'referral-settings', label: 'Referral timescales', href: href.referralSettings(), show: (_, roles) => roles.includes('admin') },
  { key: 'retention-settings', label: 'Retention periods', href: href.retentionSettings(), show: (_, roles) => roles.includes('admin') },
];

const NARROW = '(max-width: 640px)';

/** True at Teams-mobile widths, where the navigation folds into a menu so the page heading is above the fold. */
function useNarrow(): boolean {
  const query = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;
  const [narrow, setNarrow] = useState(query);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(NARROW);
    const changed = () => setNarrow(list.matches);
    list.addEventListener('change', changed);
    return () => list.removeEventListener('change', changed);
  }, []);
  return narrow;
}

/** Header, navigation and the main region; focus moves to the page on navigation. */
export function Shell({ route, children }: { route: Route; children: ReactNode }) {
  const styles = useStyles();
  const { session, switchPersona } = useSession();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const narrow = useNarrow();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    setMenuOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [route]);
  const can = session.me.can as Record<string, boolean>;
  return (
    <div className={styles.root}>
      <a className={styles.skip} href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header className={styles.header}>
        <Text className={styles.brand}>Lantern</Text>
        {narrow && (
          <Button className={styles.menuButton} size="small" appearance="subtle" aria-expanded={menuOpen} aria-controls="lantern-menu" onClick={() => setMenuOpen((o) => !o)}>
            {menuOpen ? 'Close menu' : 'Menu'}
          </Button>
        )}
        {(!narrow || menuOpen) && (
        <nav aria-label="Lantern" id="lantern-menu" className={narrow ? styles.narrowNav : styles.nav}>
          {PAGES.filter((p) => p.show(can, session.me.roles)).map((p) => (
            <Link key={p.key} href={p.href} className={mergeClasses(styles.navLink, route.page === p.key && styles.current)} aria-current={route.page === p.key ? 'page' : undefined}>
              {p.label}
            </Link>
          ))}
        </nav>
        )}
        {(!narrow || menuOpen) && (
        <div className={narrow ? styles.narrowWho : styles.who}>
          <Caption1>
            {session.me.name} · {session.me.school.name}
          </Caption1>
          {switchPersona && (
            <Button size="small" appearance="subtle" onClick={switchPersona}>
              Switch persona
            </Button>
          )}
        </div>
        )}
      </header>
      <main id="main" ref={main} tabIndex={-1} className={styles.main}>
        {children}
      </main>
    </div>
  );
}
