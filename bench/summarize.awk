# Medians, spread and ratios of "name wall_ms cpu_ms rss_kb" lines. A name is RUNTIME:MODE:WHAT; each row's
# ratios are to RUNTIME:MODE:floor (a hello-world on the same runtime, flags and terminal or pipe), when there is one.
function median(a, n,    i, j, t) {
  for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
  return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function minv(a, n,    i, m) { m = a[1]; for (i = 2; i <= n; i++) if (a[i] < m) m = a[i]; return m }
function maxv(a, n,    i, m) { m = a[1]; for (i = 2; i <= n; i++) if (a[i] > m) m = a[i]; return m }
function floorof(n,    p) { p = n; sub(/:[^:]*$/, ":floor", p); return p }
{
  if (!($1 in count)) order[++names] = $1
  k = ++count[$1]; wall[$1, k] = $2; cpu[$1, k] = $3; rss[$1, k] = $4 / 1024
}
END {
  printf "%-32s %20s %20s %22s %10s %10s %10s\n", "runtime:mode:command", "wall ms", "CPU ms", "peak RSS MB", "wall/floor", "CPU/floor", "RSS/floor"
  for (o = 1; o <= names; o++) {
    n = order[o]; c = count[n]
    for (i = 1; i <= c; i++) { w[i] = wall[n, i]; u[i] = cpu[n, i]; r[i] = rss[n, i] }
    mw[n] = median(w, c); mu[n] = median(u, c); mr[n] = median(r, c)
    line[n] = sprintf("%-32s %6d [%5d–%5d] %6d [%5d–%5d] %6.1f [%5.1f–%5.1f]", n, mw[n], minv(w, c), maxv(w, c),
                      mu[n], minv(u, c), maxv(u, c), mr[n], minv(r, c), maxv(r, c))
  }
  for (o = 1; o <= names; o++) {
    n = order[o]; f = floorof(n)
    if (f in mw && mw[f] > 0)
      printf "%s %10.2f %10s %10.2f\n", line[n], mw[n] / mw[f], (mu[f] ? sprintf("%.2f", mu[n] / mu[f]) : "-"), mr[n] / mr[f]
    else
      printf "%s %10s %10s %10s\n", line[n], "-", "-", "-"
  }
}
