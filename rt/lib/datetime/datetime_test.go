package datetime

import (
	"testing"
	"time"
)

// Values from python3: datetime.datetime.fromtimestamp(1704067200.475,
// datetime.timezone.utc) without tzinfo, its repr, and timedelta str/repr.
func TestDatetimeFormats(t *testing.T) {
	d := dtFromTimestamp(DatetimeType, 1704067200.475, time.UTC)
	if s := d.str(" "); s != "2024-01-01 00:00:00.475000" {
		t.Errorf("str %s", s)
	}
	if r := d.repr(); r != "datetime.datetime(2024, 1, 1, 0, 0, 0, 475000)" {
		t.Errorf("repr %s", r)
	}
	td := newTimedelta(-(86400*1e6 + 1500000))
	if s, r := td.str(), td.repr(); s != "-2 days, 23:59:58.500000" || r != "datetime.timedelta(days=-2, seconds=86398, microseconds=500000)" {
		t.Errorf("timedelta %s %s", s, r)
	}
}
