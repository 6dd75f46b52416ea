import classes from './kontras.module.css';

/** Class for a page root (or a portal's content) that lifts Mantine's default colours to WCAG AA. */
export const kontras = classes.kontras;
