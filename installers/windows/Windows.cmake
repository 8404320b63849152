# Windows installer (NSIS). PREPARED, NOT BUILT OR TESTED: no Windows machine has run this yet.
#
# Build requirements on Windows: Qt 6.4 or later (MSVC build), OpenSSL 3 and ldns (both e.g. from vcpkg:
# `vcpkg install openssl ldns`, then configure with its toolchain file), GMime 3 with pkg-config (no Windows source of
# it has been tried yet), NSIS 3 for the installer, and rsvg-convert
# plus icotool (MSYS2: mingw-w64-x86_64-librsvg, icoutils) for the icon. Then:
#   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build --config Release
#   cd build && cpack -G NSIS -C Release
# The install step runs windeployqt on mailready.exe (Qt's DLLs and plugins) and copies the other DLLs it needs
# (OpenSSL, ldns) from the directories listed in MAILREADY_WINDOWS_DLL_DIRS.
#
# Known limit: mailready.exe is a console program, so the command line prints to the console; started from the
# Start menu it opens a console window beside the wizard.

set(MAILREADY_WINDOWS_DIR ${CMAKE_CURRENT_LIST_DIR})
set(MAILREADY_WINDOWS_DLL_DIRS "" CACHE STRING
    "Directories holding the OpenSSL and ldns DLLs (vcpkg: installed/x64-windows/bin)")

# Icon: a multi-size .ico from the PNGs rendered out of the SVG, compiled into the executable and used by NSIS.
find_program(MAILREADY_ICOTOOL icotool)
set(ico ${CMAKE_BINARY_DIR}/installers/windows/mailready.ico)
set(ico_pngs)
foreach(size 16 24 32 48 256)
    if(size IN_LIST MAILREADY_ICON_SIZES)
        list(APPEND ico_pngs ${MAILREADY_ICON_DIR}/${size}x${size}/apps/${MAILREADY_APP_ID}.png)
    endif()
endforeach()
if(MAILREADY_ICOTOOL AND ico_pngs)
    add_custom_command(OUTPUT ${ico}
        COMMAND ${MAILREADY_ICOTOOL} --create --output=${ico} ${ico_pngs}
        DEPENDS ${ico_pngs}
        COMMENT "Making the Windows icon"
        VERBATIM)
    configure_file(${MAILREADY_WINDOWS_DIR}/mailready.rc.in ${CMAKE_BINARY_DIR}/installers/windows/mailready.rc @ONLY)
    target_sources(mailready PRIVATE ${CMAKE_BINARY_DIR}/installers/windows/mailready.rc ${ico})
    set(CPACK_NSIS_MUI_ICON ${ico})
    set(CPACK_NSIS_MUI_UNIICON ${ico})
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\mailready.exe)
else()
    message(WARNING "icotool or the rendered PNGs are missing: the Windows build gets no icon")
endif()

# Qt's runtime through windeployqt, then the remaining DLLs (OpenSSL, ldns) found next to them.
get_target_property(qmake_location Qt6::qmake IMPORTED_LOCATION)
get_filename_component(qt_bin_dir "${qmake_location}" DIRECTORY)
find_program(MAILREADY_WINDEPLOYQT windeployqt HINTS "${qt_bin_dir}")
if(NOT MAILREADY_WINDEPLOYQT)
    message(WARNING "windeployqt not found next to qmake (${qt_bin_dir}): the installer will lack Qt's DLLs")
endif()
configure_file(${MAILREADY_WINDOWS_DIR}/deploy.cmake.in ${CMAKE_BINARY_DIR}/installers/windows/deploy.cmake @ONLY)
install(SCRIPT ${CMAKE_BINARY_DIR}/installers/windows/deploy.cmake)

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_DISPLAY_NAME MailReady)
set(CPACK_NSIS_PACKAGE_NAME "MailReady ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT ${MAILREADY_HOMEPAGE})
set(CPACK_NSIS_HELP_LINK ${MAILREADY_HOMEPAGE})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
# A Start menu entry for the wizard; CPACK_PACKAGE_EXECUTABLES (Packaging.cmake) names it.
set(CPACK_NSIS_MODIFY_PATH ON) # offer to put mailready.exe on PATH for the command line
