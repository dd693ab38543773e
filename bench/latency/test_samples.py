"""python3 -m unittest discover -s bench/latency: the log reading the latency bench relies on."""
import os
import time
import unittest

os.environ["TZ"] = "UTC"
time.tzset()

import samples  # noqa: E402  (after the zone is set: log lines are read in the local zone)

LOG = """\
2025-12-02 09:14:00.100 INFO  [main] o.d.app.StateLog - state phase=COUNTING next=2025-12-02T09:15:00.123456Z paused=false interval=60s snoozesLeft=3 waiting=false
2025-12-02 09:15:00.140 INFO  [deskbreak-moment] o.d.app.StateLog - break due renudge=false
2025-12-02 09:15:00.180 INFO  [AWT-EventQueue-0] o.d.ui.ReminderCard - reminder card shown
2025-12-02 09:15:00.200 DEBUG [AWT-EventQueue-0] o.d.ui.LayoutLog - layout card 'Start' at 900,40 size 60x30 enabled=true
2025-12-02 09:15:00.230 INFO  [AWT-EventQueue-0] o.d.ui.FirstPaint - first paint card at 1764666900229
2025-12-02 09:15:02.010 INFO  [AWT-EventQueue-0] o.d.ui.ReminderCard - card Start clicked at 1764666902005
2025-12-02 09:15:02.020 INFO  [AWT-EventQueue-0] o.d.app.StateLog - routine started
2025-12-02 09:15:02.200 INFO  [AWT-EventQueue-0] o.d.ui.FirstPaint - first paint routine at 1764666902199
2025-12-02 09:15:03.000 INFO  [main] o.d.app.StateLog - state phase=COUNTING next=2025-12-02T09:16:03Z paused=false interval=60s snoozesLeft=3 waiting=false
2025-12-02 09:16:03.050 INFO  [deskbreak-moment] o.d.app.StateLog - break due renudge=false
2025-12-02 09:16:03.090 INFO  [AWT-EventQueue-0] o.d.ui.ReminderCard - reminder card shown
2025-12-02 09:16:03.120 INFO  [AWT-EventQueue-0] o.d.ui.FirstPaint - first paint card at 1764666963119
"""


class SamplesTest(unittest.TestCase):

    def setUp(self):
        self.found = samples.samples(LOG.splitlines(True))

    def test_one_sample_per_card(self):
        self.assertEqual(len(self.found), 2)

    def test_due_is_the_planned_instant_cut_to_the_millisecond(self):
        self.assertEqual(self.found[0]["due"], 1764666900123)
        self.assertEqual(self.found[1]["due"], 1764666963000)

    def test_log_line_times_are_read_in_the_local_zone(self):
        self.assertEqual(self.found[0]["fired"], 1764666900140)
        self.assertEqual(self.found[0]["shown"], 1764666900180)

    def test_paints_and_the_click_come_from_the_apps_own_millis(self):
        first = self.found[0]
        self.assertEqual(first["painted"] - first["due"], 106)
        self.assertEqual(first["routine"] - first["clicked"], 194)
        self.assertEqual(first["started"], 1764666902020)

    def test_a_card_not_yet_clicked_has_no_routine_fields(self):
        second = self.found[1]
        self.assertEqual(second["painted"] - second["due"], 119)
        self.assertIsNone(second["clicked"])
        self.assertIsNone(second["routine"])

    def test_a_routine_paint_without_a_click_is_not_taken_for_one(self):
        log = LOG.splitlines(True)[:5] + [
            "2025-12-02 09:15:01.000 INFO  [AWT-EventQueue-0] o.d.ui.FirstPaint - first paint routine at 1764666901000\n"]
        self.assertIsNone(samples.samples(log)[0]["routine"])

    def test_the_bench_click_times_are_read_by_break_number(self):
        self.assertEqual(samples.clicks(["1 1764666902001\n", "2 1764666965000\n", "junk\n"]),
                         {1: 1764666902001, 2: 1764666965000})


if __name__ == "__main__":
    unittest.main()
