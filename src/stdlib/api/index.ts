// The Go standard packages (and golang.org/x packages) chanscope provides:
// import path -> Go source of the package's declared API. The type checker
// resolves user imports against these; functions declared without a body are
// implemented natively by the engine, the rest run as Go.
import { source as bytes } from './bytes.js';
import { source as cmp } from './cmp.js';
import { source as container_heap } from './container_heap.js';
import { source as container_list } from './container_list.js';
import { source as context } from './context.js';
import { source as errors } from './errors.js';
import { source as fmt } from './fmt.js';
import { source as golang_org_x_sync_errgroup } from './golang_org_x_sync_errgroup.js';
import { source as golang_org_x_sync_semaphore } from './golang_org_x_sync_semaphore.js';
import { source as golang_org_x_time_rate } from './golang_org_x_time_rate.js';
import { source as io } from './io.js';
import { source as io_fs } from './io_fs.js';
import { source as iter } from './iter.js';
import { source as log } from './log.js';
import { source as maps } from './maps.js';
import { source as math } from './math.js';
import { source as math_bits } from './math_bits.js';
import { source as math_cmplx } from './math_cmplx.js';
import { source as math_rand } from './math_rand.js';
import { source as math_rand_v2 } from './math_rand_v2.js';
import { source as os } from './os.js';
import { source as runtime } from './runtime.js';
import { source as slices } from './slices.js';
import { source as sort } from './sort.js';
import { source as strconv } from './strconv.js';
import { source as strings } from './strings.js';
import { source as sync } from './sync.js';
import { source as sync_atomic } from './sync_atomic.js';
import { source as time } from './time.js';
import { source as unicode } from './unicode.js';
import { source as unicode_utf8 } from './unicode_utf8.js';

export const stdlibApi: ReadonlyMap<string, string> = new Map<string, string>([
  ['bytes', bytes],
  ['cmp', cmp],
  ['container/heap', container_heap],
  ['container/list', container_list],
  ['context', context],
  ['errors', errors],
  ['fmt', fmt],
  ['golang.org/x/sync/errgroup', golang_org_x_sync_errgroup],
  ['golang.org/x/sync/semaphore', golang_org_x_sync_semaphore],
  ['golang.org/x/time/rate', golang_org_x_time_rate],
  ['io', io],
  ['io/fs', io_fs],
  ['iter', iter],
  ['log', log],
  ['maps', maps],
  ['math', math],
  ['math/bits', math_bits],
  ['math/cmplx', math_cmplx],
  ['math/rand', math_rand],
  ['math/rand/v2', math_rand_v2],
  ['os', os],
  ['runtime', runtime],
  ['slices', slices],
  ['sort', sort],
  ['strconv', strconv],
  ['strings', strings],
  ['sync', sync],
  ['sync/atomic', sync_atomic],
  ['time', time],
  ['unicode', unicode],
  ['unicode/utf8', unicode_utf8],
]);

export const availablePackages: readonly string[] = [...stdlibApi.keys()];
