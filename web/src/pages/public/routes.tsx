// The public portal's agency pages (guide, application form, annual reports).
export function publicRoutes() {
  return null;
}
