#pragma once
// The walkthrough steps both apps have for their simulated devices (the demo and the smoke tests):
//   scan TEXT        a code is held under the first simulated reader
//   printed TEXT     within 5 s some print-out of the simulated printer shows TEXT
//   unplug ID        the cable of "printer" or of a simulated reader (by its id) is pulled out
//   plug ID          … and put back in (the device manager brings the device back at once)

namespace ak::dev {
class DeviceManager;
}

namespace ak::ui {

class AppShell;

// `devices` must outlive the shell's walkthrough.
void addDeviceCommands(AppShell& shell, dev::DeviceManager& devices);

}  // namespace ak::ui
